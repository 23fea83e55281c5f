/** A route table path as a matcher of request paths: `{param}` is one segment, `{proxy+}` the rest. */
export function routePattern(path: string): RegExp {
  return new RegExp(
    `^${path
      .split('/')
      .map((segment) =>
        /^\{\w+\+\}$/.test(segment)
          ? '.+'
          : /^\{\w+\}$/.test(segment)
            ? '[^/]+'
            : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')}$`,
  );
}
