import { Alert } from '@mantine/core';

export function NoRegion() {
  return (
    <Alert color="blue" title="Geen regio gekozen" role="status">
      Kies bovenaan een regio, of maak een nieuwe regio aan.
    </Alert>
  );
}
