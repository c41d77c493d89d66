import type { ScenarioAction } from '../../sim'

/** What an action is about, for the list of scenario actions ('' when it is the whole broker). */
export function actionTarget(action: ScenarioAction): string {
  switch (action.type) {
    case 'produce':
      return action.partition === null ? action.topic : `${action.topic}-${action.partition}`
    case 'roll':
    case 'deleteRecords':
      return `${action.topic}-${action.partition}`
    case 'topic.config':
    case 'topic.delete':
      return action.topic
    case 'consumer.fetch':
    case 'consumer.seek':
      return action.consumer
    case 'job.start':
    case 'job.stop':
    case 'job.crash':
    case 'job.decommission':
    case 'checkpoint.write':
      return action.job
    case 'broker.fail':
    case 'broker.recover':
      return `broker ${action.broker}`
    case 'host.fail':
    case 'host.recover':
      return `host ${action.host}`
    case 'cleaner.run':
    case 'retention.run':
    case 'maintenance':
      return ''
  }
}
