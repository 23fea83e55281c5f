/** The signed-in landing: a person's programs, invitations, and a new program. */
export const home = {
  'home.title': 'Your programs',
  'home.invitations': 'Invitations',
  'home.invites': '<strong>{program}</strong> invites you as <strong>{role}</strong>',
  'home.accept': 'Accept',
  'home.accepted': 'Invitation accepted',
  'home.none.title': 'You are not in a program yet',
  'home.none.text':
    'Programs share an application link of the form <code>/p/program-name</code>. Open the one a brand sent you to apply.',
  'home.create.title': 'Create a program',
  'home.create.name': 'Program name',
  'home.create.brandName': 'Brand name',
  'home.create.slug': 'Link name',
  'home.create.slugHint': 'Lower-case letters, digits and dashes: the application page will be /p/link-name.',
  'home.create.landingUrl': 'Shop address',
  'home.create.landingUrlHint': 'Where referral links lead, such as https://shop.example.com.',
  'home.create.currency': 'Currency',
  'home.create.timeZone': 'Time zone',
  'home.create.timeZoneHint': 'Challenges open and close at midnight here.',
  'home.create.submit': 'Create program',
  'home.create.created': 'Program created',
} as const;
