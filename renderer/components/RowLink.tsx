import type { ReactNode } from 'react';

/**
 * A link in a list row: a plain anchor to a hash route. The router (createHashRouter) follows
 * it like any other navigation; react-router's Link would resolve its path through the router's
 * context for every row, and scrolling a long list mounts a dozen rows per frame.
 */
export function RowLink(props: {
  to: string;
  children: ReactNode;
  title?: string;
  className?: string;
}) {
  return (
    <a
      className={props.className ? `row-link ${props.className}` : 'row-link'}
      href={`#${props.to}`}
      title={props.title}
    >
      {props.children}
    </a>
  );
}
