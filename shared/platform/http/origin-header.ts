/**
 * The header CloudFront adds to every request it forwards to the HTTP API, with the origin
 * secret as its value (AWS's "restrict access to origins with a custom header" pattern). API
 * Gateway hands headers to the functions in lower case; CloudFront replaces a viewer's header
 * of the same name. A module of its own, without the env module, so the stack can import it.
 */
export const ORIGIN_HEADER = 'x-origin-verify';
