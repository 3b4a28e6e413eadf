import type { ChannelType, OrganizationKind, OrganizationStatus } from '@mengyuan/domain';

/** An organisation as other modules see it (the entity stays inside the organizations module). */
export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  channelType: ChannelType | null;
  status: OrganizationStatus;
  unifiedSocialCreditCode: string;
  contactName: string;
  contactPhone: string;
  statusReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}
