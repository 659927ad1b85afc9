export interface WorkerEnvOptions {
  /** Workers in the cluster. */
  count: number;
  /** Cores of the machine. */
  cores: number;
  /** This worker runs the memory-fitting worker. */
  fitter: boolean;
  /** The primary's environment. */
  env: Record<string, string | undefined>;
}

export function workerEnv(options: WorkerEnvOptions): Record<string, string>;
