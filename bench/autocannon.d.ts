declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number; total: number };
  export type Result = {
    requests: Histogram & { sent: number };
    latency: Histogram;
    throughput: Histogram;
    statusCodeStats: Record<string, { count: number }>;
    non2xx: number;
    errors: number;
    timeouts: number;
    duration: number;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    overallRate?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    followRedirect?: boolean;
    /** Seconds before a request counts as timed out (default 10). */
    timeout?: number;
    /** Each request in turn; `setupRequest` may change it per request (headers, path). */
    requests?: Array<{
      method?: string;
      path?: string;
      setupRequest?: (request: RequestParams) => RequestParams;
    }>;
  };
  export type RequestParams = { method?: string; path?: string; headers?: Record<string, string> };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
