/** The frame around every page, and the signed-out home page. */
export const app = {
  'app.skip': 'Skip to content',
  'app.account': 'Account',
  'app.signOut': 'Sign out',
  'app.language': 'Language',
  'app.languageNotSaved': 'The language is set here, but could not be saved to your profile for your emails.',
  'app.failed.title': 'Something went wrong on this page',
  'app.failed.text': 'The page could not be shown. Reloading usually helps; your data is safe on the server.',
  'app.failed.reload': 'Reload the page',
  'app.failed.home': 'Go to your programs',
  'app.loadingPrograms': 'Loading your programs…',
  'app.program.switch': 'Switch program',
  'app.program.others': 'Your other programs',
  'app.role.owner': 'Owner',
  'app.role.manager': 'Manager',
  'app.role.brand': 'Brand',
  'app.role.ambassador': 'Ambassador',
  'welcome.title': 'Embassy: brand ambassador programs, run by the brand',
  'welcome.tagline':
    'An open-source ambassador program manager that a brand runs in its own AWS account, with no SaaS bill.',
  'welcome.createAccount': 'Create an account',
  'welcome.signIn': 'Sign in',
  'welcome.who': 'For whom',
  'welcome.ambassadors': 'Ambassadors',
  'welcome.ambassadors.text':
    'Fans, customers and creators: monthly challenges, feedback, points, rewards and commission.',
  'welcome.managers': 'Program managers',
  'welcome.managers.text':
    'Design the program, review applications and posts with personal feedback, watch its health.',
  'welcome.brands': 'Brands',
  'welcome.brands.text':
    'Connect the shop, attribute sales to ambassadors, see referral revenue and pay commission.',
  'welcome.how': 'How it works',
  'welcome.loop.apply': 'Apply to a brand’s program and get your own referral link and code.',
  'welcome.loop.challenges': 'Take on the month’s challenges: post on your own accounts and submit the link.',
  'welcome.loop.feedback': 'Get personal feedback, points, badges and a tier; spend points on rewards.',
  'welcome.loop.share': 'Share your link: the clicks, sales and commission it brings are yours to see.',
  'welcome.loop.paid': 'Get paid from the brand’s own account, see your rank, and invite a friend.',
  'welcome.link':
    'A brand sent you a link of the form <code>/p/program-name</code>? Open it to see the program and apply.',
} as const;
