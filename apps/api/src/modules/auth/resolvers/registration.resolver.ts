import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ClientIp, Public } from '../../../common/authorize.decorator';
import { AuthPayloadDto } from '../dtos/user.dto';
import { RegisterOrganizationInput } from '../inputs/register-organization.input';
import { RegistrationService } from '../services/registration.service';

@Resolver()
export class RegistrationResolver {
  constructor(private readonly registration: RegistrationService) {}

  @Public()
  @Mutation(() => AuthPayloadDto, { description: 'Supplier or member self-registration: the organisation starts in APPLIED' })
  registerOrganization(@Args('input') input: RegisterOrganizationInput, @ClientIp() ip: string): Promise<AuthPayloadDto> {
    return this.registration.register(input, ip);
  }
}
