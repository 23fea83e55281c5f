import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EmbassyStack } from './embassy-stack.ts';

// Env-agnostic on purpose: `cdk synth` works offline, and one template deploys to any account
// and region that `cdk deploy` is pointed at.
//
// Email is off unless a sender is given as the `mailFrom` context value:
//   npx cdk deploy -c mailFrom="Embassy <hello@brand.example>"
// The notifier then sends through SES from it. Verify the address (or its domain) as an SES
// identity in the target region first; while the account is in the SES sandbox, recipients
// must be verified too.
const app = new App();
new EmbassyStack(app, 'Embassy', {
  description: 'Embassy: serverless brand-ambassador program manager',
});
Tags.of(app).add('app', 'embassy');
// cdk-nag runs on every synth: an unacknowledged error stops the synth, warnings are reported.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
