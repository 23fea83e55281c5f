import type { InferResponseType } from 'hono/client';
import type { FunctionComponent } from 'preact';
import type { api } from './api/client.ts';

export type Me = InferResponseType<typeof api.programs.api.me.$get, 200>;
export type MyMembership = Me['memberships'][number];
type ProgramResponse = InferResponseType<(typeof api.programs.api.programs)[':programId']['$get'], 200>;
/** The whole program, as its members see it (`view: 'member'`). */
export type Program = Extract<ProgramResponse['program'], { landingUrl: string }>;

/** What every screen inside a program gets: who is looking, at which program, in which role. */
export type ProgramContext = {
  programId: string;
  program: Program;
  me: Me;
  membership: MyMembership;
  /** The path segments after the tab (`/programs/{id}/{tab}/{...rest}`). */
  rest: string[];
  /** Reloads the caller's memberships (points, tier, stage) after an action changes them. */
  reloadMe: () => void;
  /** The program again, after settings change. */
  reloadProgram: () => void;
};

/** One tab of a role's view; the shell draws the navigation from these. */
export type Tab = { id: string; label: string; View: FunctionComponent<{ ctx: ProgramContext }> };

export const programPath = (programId: string, tab?: string, ...rest: string[]) =>
  ['/programs', encodeURIComponent(programId), ...(tab ? [tab] : []), ...rest.map(encodeURIComponent)].join(
    '/',
  );
