import { createEmbassyApp } from './embassy-app.ts';

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
//   -c userPoolEmail=ses        the user pool sends sign-up codes through SES from mailFrom's domain
//   -c redirectConcurrency=N    the redirect's reserved concurrency (default 100 with stage=prod,
//                               none otherwise; 0 for none: an account with a limit of 10 needs 0)
//   -c originSecretKey=v2       which value of the origin secret CloudFront sends (a rotation)
// docs/deploy.md walks through all of them; `npm run deploy -- --dry-run` shows what they create.
createEmbassyApp().app.synth();
