import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SecretsEndpoint } from '../shared/secrets/secret.store.ts';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example', sessionToken: 'token' };

/** One request the stand-in received: its target, its body, and whether its SigV4 signature held. */
export type StandInRequest = { target: string | undefined; body: string; signatureMatches: boolean };

/**
 * A stand-in for Secrets Manager's GetSecretValue: it answers only what `respond` says, and
 * records whether each request's SigV4 signature recomputes to the same value (so what was
 * signed is what arrived: method, path, headers and body), as the service would check.
 */
export type SecretsManagerStandIn = {
  where: SecretsEndpoint;
  requests: StandInRequest[];
  /** How the next requests are answered; a secret string by default. */
  respond: (res: ServerResponse) => void;
  /** Answers with this SecretString from now on. */
  answerWith: (secretString: string) => void;
  close: () => Promise<void>;
};

async function signatureMatches(req: IncomingMessage, body: string, region: string): Promise<boolean> {
  const authorization = String(req.headers.authorization ?? '');
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const signingDate = new Date(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  const headers = Object.fromEntries(signedHeaders.map((name) => [name, String(req.headers[name] ?? '')]));
  const expected = await new SignatureV4({
    service: 'secretsmanager',
    region,
    credentials,
    sha256: Sha256,
  }).sign(
    {
      method: req.method ?? '',
      protocol: 'http:',
      hostname: '127.0.0.1',
      path: req.url ?? '',
      query: {},
      headers,
      body,
    },
    { signingDate },
  );
  return signedHeaders.includes('host') && expected.headers.authorization === authorization;
}

/** Starts the stand-in on an ephemeral port, answering with `secretString`. */
export async function startSecretsManagerStandIn(
  arn: string,
  secretString: string,
): Promise<SecretsManagerStandIn> {
  const region = 'eu-west-1';
  const answer = (value: string) => (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify({ ARN: arn, Name: 'embassy-secret', SecretString: value, VersionId: 'v1' }));
  };
  const standIn = {
    requests: [] as StandInRequest[],
    respond: answer(secretString),
    answerWith: (value: string) => {
      standIn.respond = answer(value);
    },
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      const target = req.headers['x-amz-target'] as string | undefined;
      standIn.requests.push({ target, body, signatureMatches: await signatureMatches(req, body, region) });
      standIn.respond(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(standIn, {
    where: { region, endpoint: `http://127.0.0.1:${port}/`, credentials },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}
