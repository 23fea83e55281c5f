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
//
// The other context values (each optional; see EmbassyStackProps):
//   -c stage=prod               production: deletion protection on the table and the user pool
//   -c domainName=ambassadors.brand.example -c certificateArn=arn:aws:acm:us-east-1:…
//                               serve on that domain with TLS 1.2 or newer (TLSv1.2_2021). Without
//                               it CloudFront's default certificate and its own TLS policy apply.
//                               Point the name at the DistributionDomainName output yourself.
//   -c alarmEmail=ops@brand.example
//                               send every alarm there (confirm the SNS subscription email)
const app = new App();
new EmbassyStack(app, 'Embassy', {
  description: 'Embassy: serverless brand-ambassador program manager',
});
Tags.of(app).add('app', 'embassy');
// cdk-nag runs on every synth: an unacknowledged error stops the synth, warnings are reported.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
