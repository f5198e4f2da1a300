import { createHashRouter, Navigate } from 'react-router';
import { ActionItemList } from '../features/actions/ActionItemList';
import { AgreementDetail } from '../features/agreements/AgreementDetail';
import { AgreementList } from '../features/agreements/AgreementList';
import { AgreementDashboard } from '../features/agreements/dashboard/AgreementDashboard';
import { ReviewScreen } from '../features/agreements/review/ReviewScreen';
import { ContactDetail } from '../features/contacts/ContactDetail';
import { ContactList } from '../features/contacts/ContactList';
import { HandoverScreen } from '../features/handover/HandoverScreen';
import { ConversationList } from '../features/conversations/ConversationList';
import { ConversationScreen } from '../features/conversations/ConversationScreen';
import { MeetingList } from '../features/meetings/MeetingList';
import { MeetingScreen } from '../features/meetings/MeetingScreen';
import { MonitorScreen } from '../features/monitor/MonitorScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { PartyDetail } from '../features/parties/PartyDetail';
import { PartyList } from '../features/parties/PartyList';
import { RegionScreen } from '../features/regions/RegionScreen';
import { RoleList } from '../features/roles/RoleList';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ThemeList } from '../features/themes/ThemeList';
import { TrashScreen } from '../features/trash/TrashScreen';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

export const router = createHashRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/overzicht" replace /> },
      { path: 'overzicht', element: <OverviewScreen /> },
      { path: 'afspraken', element: <AgreementList /> },
      { path: 'afspraken/overzicht', element: <AgreementDashboard /> },
      { path: 'afspraken/:id', element: <AgreementDetail /> },
      { path: 'beoordelen', element: <ReviewScreen /> },
      { path: 'overleggen', element: <MeetingList /> },
      { path: 'overleggen/:id', element: <MeetingScreen /> },
      { path: 'gespreksverslagen', element: <ConversationList /> },
      { path: 'gespreksverslagen/:id', element: <ConversationScreen /> },
      { path: 'actiepunten', element: <ActionItemList /> },
      { path: 'monitor', element: <MonitorScreen /> },
      { path: 'partijen', element: <PartyList /> },
      { path: 'partijen/:id', element: <PartyDetail /> },
      { path: 'personen', element: <ContactList /> },
      { path: 'personen/:id', element: <ContactDetail /> },
      { path: 'personen/:id/overdracht', element: <HandoverScreen /> },
      { path: 'rollen', element: <RoleList /> },
      { path: 'themas', element: <ThemeList /> },
      { path: 'prullenbak', element: <TrashScreen /> },
      { path: 'regio', element: <RegionScreen /> },
      { path: 'instellingen', element: <SettingsScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
