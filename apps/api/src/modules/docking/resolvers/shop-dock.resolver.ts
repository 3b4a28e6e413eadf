import { ACCOUNT_ADMIN_ROLES, OrganizationKind } from '@mengyuan/domain';
import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PublicUrl } from '../../../common/public-url';
import { ACG_MOUNT, DUJIAO_MOUNT } from '../http/shop-dock-http';
import { ShopDockService } from '../services/shop-dock.service';

@ObjectType('ShopDockCredential', {
  description: 'How a member’s own shop software (dujiao-next, acg-faka) docks to the alliance as its upstream with one of the member’s API keys (docs/downstream-protocols.md)',
})
export class ShopDockCredentialDto {
  @Field(() => ID) apiKeyId: string;
  @Field() name: string;
  @Field({ description: 'The key’s public id `mk_<prefix>`: dujiao-next’s API Key, acg-faka’s app_id' }) keyId: string;
  @Field({ description: 'The signing secret (dujiao-next’s API Secret, acg-faka’s app_key): derived from the key, revoked with it' }) secret: string;
  @Field(() => [String]) scopes: string[];
  @Field({ description: 'dujiao-next: the upstream site URL (it appends /api/v1/upstream)' }) dujiaoBaseUrl: string;
  @Field({ description: 'acg-faka: the shared store’s domain (it appends /shared/...)' }) acgDomain: string;
}

/** The member's dock credentials, for its owner and admins (the portal's API guide). */
@Resolver(() => ShopDockCredentialDto)
export class ShopDockResolver {
  constructor(
    private readonly shops: ShopDockService,
    private readonly publicUrl: PublicUrl,
  ) {}

  @Authorize({ kinds: [OrganizationKind.MEMBER], roles: [...ACCOUNT_ADMIN_ROLES] })
  @Query(() => [ShopDockCredentialDto], { description: 'The member’s active API keys as shop dock credentials (keys without ORDERS_WRITE can list goods but not buy)' })
  async shopDockCredentials(@CurrentActor() actor: UserActor): Promise<ShopDockCredentialDto[]> {
    const base = this.publicUrl.get().replace(/\/$/, '');
    return (await this.shops.credentials(actor)).map((c) => ({
      apiKeyId: c.apiKeyId, name: c.name, keyId: c.publicId, secret: c.secret, scopes: c.scopes, dujiaoBaseUrl: `${base}${DUJIAO_MOUNT}`, acgDomain: `${base}${ACG_MOUNT}`,
    }));
  }
}
