import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import 'dayjs/locale/nl';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import type { ApiClient } from '../api';
import { flushAll } from '../components/pendingSaves';
import { ApiProvider } from '../data/apiContext';
import { createQueryClient } from '../data/data';
import { router } from './routes';
import { ReviewMode } from '../features/reviewMode/ReviewMode';
import { cssVariablesResolver, theme } from './theme';

export function App({ client }: { client: ApiClient }) {
  const [queryClient] = useState(createQueryClient);
  // Closing the window (any screen, also while loading): save what is waiting, then say so.
  useEffect(
    () =>
      client.on('flush-before-close', () => {
        void flushAll().finally(() => client.task('app.flushed', {}).catch(() => undefined));
      }),
    [client],
  );
  return (
    <ApiProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <DatesProvider settings={{ locale: 'nl', firstDayOfWeek: 1 }}>
            <ModalsProvider labels={{ confirm: 'Bevestigen', cancel: 'Annuleren' }}>
              {/* Below modals (z-index 200): a notification must not cover a dialog's buttons. */}
              <Notifications position="bottom-right" zIndex={190} />
              <ReviewMode>
                <RouterProvider router={router} />
              </ReviewMode>
            </ModalsProvider>
          </DatesProvider>
        </MantineProvider>
      </QueryClientProvider>
    </ApiProvider>
  );
}
