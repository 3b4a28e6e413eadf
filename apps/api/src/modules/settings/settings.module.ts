import { Global, Module } from '@nestjs/common';
import { SettingSubjectNames } from './handlers/subject-names.handlers';
import { AllianceSettingsResolver } from './resolvers/alliance-settings.resolver';
import { AllianceSettingsService } from './services/alliance-settings.service';

/** The alliance's settings (issue 22), read by routing, orders, catalog, scorecards and webhooks. */
@Global()
@Module({ providers: [AllianceSettingsService, AllianceSettingsResolver, SettingSubjectNames], exports: [AllianceSettingsService] })
export class SettingsModule {}
