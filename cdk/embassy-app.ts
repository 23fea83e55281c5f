import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EmbassyStack } from './embassy-stack.ts';

/** The stack's name: `npm run admin -- --stack`, the dashboards and docs/deploy.md use it. */
export const STACK_NAME = 'Embassy';

/**
 * The CDK app: the Embassy stack, tagged, with cdk-nag's AwsSolutions checks on every synth
 * (an unacknowledged error stops the synth; warnings are reported).
 * @param props context and output folder; without them, what the CDK CLI passes (cdk.json's
 * context and `-c` values, cdk.out).
 */
export function createEmbassyApp(props: { context?: Record<string, unknown>; outdir?: string } = {}): {
  app: App;
  stack: EmbassyStack;
} {
  const app = new App(props);
  const stack = new EmbassyStack(app, STACK_NAME, {
    description: 'Embassy: serverless brand-ambassador program manager',
  });
  Tags.of(app).add('app', 'embassy');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}
