import { Link } from '../router.tsx';

const LOOP = [
  'Apply to a brand’s program and get your own referral link and code.',
  'Take on the month’s challenges: post on your own accounts and submit the link.',
  'Get personal feedback, points, badges and a tier; spend points on rewards.',
  'Share your link: the clicks, sales and commission it brings are yours to see.',
  'Get paid from the brand’s own account, see your rank, and invite a friend.',
];

/** The signed-out home page: what Embassy is, for whom, the loop, and the way in. */
export function Welcome() {
  return (
    <main class="page narrow welcome" id="main">
      <h1>Embassy: brand ambassador programs, run by the brand</h1>
      <p class="public-tagline">
        An open-source ambassador program manager that a brand runs in its own AWS account, with no SaaS bill.
      </p>
      <div class="actions">
        <Link class="button primary" href="/signup">
          Create an account
        </Link>
        <Link class="button secondary" href="/signin">
          Sign in
        </Link>
      </div>
      <section aria-labelledby="who">
        <h2 id="who">For whom</h2>
        <ul class="public-perks">
          <li>
            <strong>Ambassadors</strong>
            <p>Fans, customers and creators: monthly challenges, feedback, points, rewards and commission.</p>
          </li>
          <li>
            <strong>Program managers</strong>
            <p>Design the program, review applications and posts with personal feedback, watch its health.</p>
          </li>
          <li>
            <strong>Brands</strong>
            <p>Connect the shop, attribute sales to ambassadors, see referral revenue and pay commission.</p>
          </li>
        </ul>
      </section>
      <section aria-labelledby="loop">
        <h2 id="loop">How it works</h2>
        <ol>
          {LOOP.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p class="muted">
          A brand sent you a link of the form <code>/p/program-name</code>? Open it to see the program and
          apply.
        </p>
      </section>
    </main>
  );
}
