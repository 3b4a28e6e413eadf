import { ApiKeyScope, ChannelType, OrganizationAction, OrganizationKind, OrganizationStatus, Role } from '@mengyuan/domain';
import { registerEnumType } from '@nestjs/graphql';

// The GraphQL enums are the shared domain enums, registered once.
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(ChannelType, { name: 'ChannelType', description: 'The four kinds of supply source (货源地类型)' });
registerEnumType(OrganizationStatus, { name: 'OrganizationStatus' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(ApiKeyScope, { name: 'ApiKeyScope' });
registerEnumType(OrganizationAction, { name: 'OrganizationAction' });
