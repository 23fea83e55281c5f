import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EmbassyStack } from './embassy-stack.ts';

// Env-agnostic on purpose: `cdk synth` works offline, and one template deploys to any account
// and region that `cdk deploy` is pointed at.
const app = new App();
new EmbassyStack(app, 'Embassy', {
  description: 'Embassy: serverless brand-ambassador program manager',
});
Tags.of(app).add('app', 'embassy');
// cdk-nag runs on every synth: an unacknowledged error stops the synth, warnings are reported.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
