import { Alert, Button, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Query } from '../data/data';

/** Loading and error states for a query; renders children once data is there. */
export function QueryState<T>(props: {
  query: Query<T>;
  label: string;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.error && query.data === undefined) {
    return (
      <Alert color="red" title={`${props.label} konden niet worden geladen`} role="alert">
        {query.error.message}
        <div>
          <Button mt="sm" variant="outline" color="red" onClick={query.reload}>
            Opnieuw proberen
          </Button>
        </div>
      </Alert>
    );
  }
  if (query.data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label={`${props.label} laden…`} />
      </Center>
    );
  }
  return <>{props.children(query.data)}</>;
}
