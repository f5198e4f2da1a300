import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';

export function NotFound() {
  return (
    <>
      <PageHeader title="Pagina niet gevonden" description="Deze pagina bestaat niet (meer)." />
      <Button component={Link} to="/overzicht">
        Naar het overzicht
      </Button>
    </>
  );
}
