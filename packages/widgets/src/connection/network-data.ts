/**
 * The parts of the server's answers the widgets read. Types only: the shapes are the server's
 * (`StateJson`, `PublicRecords`) and core's; nothing of either is bundled.
 */
import type { AgendaItem, MeetingContext, MeetingStatus, Minutes } from '@samverkan/core';

export interface MeetingJson {
  id: string;
  status: MeetingStatus;
  context: MeetingContext;
}

export interface NetworkState {
  dataset: {
    name?: { sv: string; en: string };
    people: Array<{ id: string; name: string; organisationId?: string; erased?: boolean }>;
    groups: Array<{ id: string; name: string }>;
    organisations?: Array<{ id: string; name: string }>;
  };
  meetings: Record<string, MeetingJson>;
}

export interface PublicAgendaJson {
  meetingId: string;
  groupId: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  place: string | undefined;
  onlineLink: string | undefined;
  status: MeetingStatus;
  agendaPublishedAt: string | undefined;
  agendaLate: boolean;
  lateReason: string | undefined;
  agenda: AgendaItem[];
  cancelled: boolean;
}

export interface PublicMinutesJson {
  meetingId: string;
  record: {
    meetingId: string;
    agenda?: AgendaItem[];
    minutes: Minutes;
    approvedBy?: string;
    approvedAt?: string;
    publishedAt?: string;
    [key: string]: unknown;
  };
  fingerprint: string;
}

export interface PublicRecordsJson {
  network: string;
  agendas: PublicAgendaJson[];
  minutes: PublicMinutesJson[];
}
