/** The self-provisioned Kafka broker (KRaft, single node): settings, provisioning, start/stop. */
export * from './settings';
export { startBroker, stopBroker, runningBroker, provisionKafka, portOpen, START_HINT } from './server';
export type { BrokerInfo, BrokerStart } from './server';
