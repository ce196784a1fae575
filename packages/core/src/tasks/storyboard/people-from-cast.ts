import type { Cast } from '../../representation/cast-member.js';
import type { StoryboardPerson } from './storyboard-person.js';

/** People from a script's cast block (`readCast`): what the writer declared there becomes the attributes suggestions quote. */
export function peopleFromCast(cast: Cast): StoryboardPerson[] {
  return cast.members.map((member) => {
    const attributes: Record<string, string> = {};
    if (member.age !== undefined) attributes['age'] = member.age;
    if (member.gender !== undefined) attributes['gender'] = member.gender;
    if (member.groups.length > 0) attributes['groups'] = member.groups.join(', ');
    return { name: member.name, aliases: member.aliases, attributes };
  });
}
