import { Module } from '@nestjs/common';
import { SavedViewsResolver } from './resolvers/saved-views.resolver';
import { SavedViewsService } from './services/saved-views.service';

/** Saved views of the consoles' lists (issue 22): owns saved_views. */
@Module({ providers: [SavedViewsService, SavedViewsResolver], exports: [SavedViewsService] })
export class ViewsModule {}
