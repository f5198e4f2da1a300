import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api';
import { App } from './app/App';
import { installEscapeLayer } from './components/escapeLayer';
import { installFocusReturn } from './components/focusReturn';
import { installFormKeys } from './components/formKeys';

// Before any dialog mounts: see escapeLayer.ts, formKeys.ts and focusReturn.ts.
installEscapeLayer();
installFormKeys();
installFocusReturn();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={createApiClient()} />
  </StrictMode>,
);
