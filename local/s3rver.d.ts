// s3rver ships no types; this is the part of its API the local runtime uses.
declare module 's3rver' {
  export type S3rverOptions = {
    port?: number;
    address?: string;
    silent?: boolean;
    directory: string;
    configureBuckets?: Array<{ name: string; configs?: Array<string | Buffer> }>;
  };
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    /** s3rver is a Koa app: it emits an S3-shaped notification for each object put, copied or deleted. */
    on(event: 'event', listener: (event: import('aws-lambda').S3Event) => void): this;
  }
}
