import { OrganizationKind, Role } from '@mengyuan/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { AllianceSettingDto } from '../dtos/alliance-setting.dto';
import { ChangeAllianceSettingInput } from '../inputs/alliance-setting.inputs';
import { AllianceSettingsService } from '../services/alliance-settings.service';

/** The alliance's settings: admins change them, auditors read them. */
@Resolver()
export class AllianceSettingsResolver {
  constructor(private readonly settings: AllianceSettingsService) {}

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] })
  @Query(() => [AllianceSettingDto], { description: 'Every alliance setting: meaning (by key), value in force, default, who changed it when, history' })
  async allianceSettings(): Promise<AllianceSettingDto[]> {
    return (await this.settings.list()).map(AllianceSettingDto.from);
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Mutation(() => AllianceSettingDto, { description: 'A new version of one setting, in force from the next order on every instance; VALIDATION_FAILED (fields value, reason) or CONFLICT (changed since expectedVersion)' })
  async changeAllianceSetting(@CurrentActor() actor: UserActor, @Args('input') input: ChangeAllianceSettingInput): Promise<AllianceSettingDto> {
    return AllianceSettingDto.from(await this.settings.change(actor, input));
  }
}
