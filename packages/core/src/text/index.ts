// Text primitives shared by the core's engines and the hosts.
export { partitionPoint } from './partition-point.js';
