/** The self-provisioned Neo4j: settings, Maven provisioning and start/stop/status. */
export * from './settings';
export { provision } from './provision';
export type { Distribution } from './provision';
export { start, stop, running, alive } from './server';
export type { ServerInfo, StartResult } from './server';
