import premierepro from 'premierepro';
import { host } from 'uxp';
import type { PremiereHost } from '../ports/premiere-host.js';
import { createPremiereHost } from './create-premiere-host.js';

/** The features' Premiere port over the real module; passing it checks it still matches the PremiereApi slice. */
export function connectPremiere(): PremiereHost {
  return createPremiereHost(premierepro, { hostVersion: () => host?.version });
}
