// @hub/gateway: the hub's single endpoint, and the composition of its supergraph.
export { createGateway, type GatewayOptions, type RunningGateway } from './gateway';
export { REPO_ROOT, SUPERGRAPH_FILE } from './paths';
export { supergraphForGateway } from './security-features';
