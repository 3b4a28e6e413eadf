import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { forbidden } from '../../../common/errors';
import { SavedViewDto, SaveViewInput } from '../dtos/saved-view.dto';
import { SavedViewsService } from '../services/saved-views.service';

const person = (actor: Actor): UserActor => {
  if (actor.kind !== 'user') throw forbidden('An API key has no person behind it');
  return actor;
};

@Resolver()
export class SavedViewsResolver {
  constructor(private readonly views: SavedViewsService) {}

  @Authorize({})
  @Query(() => [SavedViewDto], { description: 'The caller’s saved views of a list and those its teammates shared' })
  async savedViews(@CurrentActor() actor: Actor, @Args('listKey') listKey: string): Promise<SavedViewDto[]> {
    const me = person(actor);
    return (await this.views.list(me, listKey.slice(0, 100))).map((v) => SavedViewDto.from(v, me.userId));
  }

  @Authorize({})
  @Mutation(() => SavedViewDto, { description: 'Saves a new view, or replaces one of the caller’s own. Errors: VALIDATION_FAILED, NOT_FOUND (not the caller’s)' })
  async saveView(@CurrentActor() actor: Actor, @Args('input') input: SaveViewInput): Promise<SavedViewDto> {
    const me = person(actor);
    return SavedViewDto.from(await this.views.save(me, input), me.userId);
  }

  @Authorize({})
  @Mutation(() => Boolean, { description: 'Deletes one of the caller’s own views. Errors: NOT_FOUND' })
  async deleteSavedView(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.views.remove(person(actor), id);
    return true;
  }
}
