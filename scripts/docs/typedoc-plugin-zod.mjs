// @ts-check
/**
 * A TypeDoc plugin for the zod schemas of `china-security-risk-data/schemas`.
 *
 * TypeDoc expands the type of each exported schema (`ZodObject<{ id: ZodString; ... }>`) into members of
 * its type arguments, and `validation.notDocumented` would ask for a doc comment on each of them: the
 * fields and enum values of the schemas, which cannot carry TSDoc because they are zod calls. The same
 * fields reappear wherever TypeDoc expands a record type inferred from a schema (the return type of
 * `membersOf`, for example). Their documentation is each field's `.describe()` text, which the Codebook
 * guide is generated from. This plugin says so on those members, and only on them: members of the type
 * of a zod schema, and properties declared in `src/schemas/` (the shapes of the schemas). The validation
 * stays on for every other export, interface property and option.
 */
import { Comment, Converter, ReferenceType, ReflectionKind } from 'typedoc';

const NOTE =
  "A field or value of the zod schema; its meaning is in the Codebook, generated from the schema's `.describe()` texts.";

/** @param {import('typedoc').Reflection} reflection */
function insideZodSchema(reflection) {
  for (let r = reflection.parent; r; r = r.parent) {
    if (r.kindOf(ReflectionKind.Variable)) {
      const type = /** @type {import('typedoc').DeclarationReflection} */ (r).type;
      return type instanceof ReferenceType && type.package === 'zod';
    }
  }
  return false;
}

/**
 * @param {import('typedoc').ProjectReflection} project
 * @param {import('typedoc').Reflection} reflection
 */
function declaredInSchemas(project, reflection) {
  const id = project.getSymbolIdFromReflection(reflection);
  return id !== undefined && id.packageName === 'china-security-risk-data' && id.packagePath.startsWith('src/schemas/');
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const kinds = ReflectionKind.Property | ReflectionKind.TypeLiteral | ReflectionKind.Method;
    for (const reflection of context.project.getReflectionsByKind(kinds)) {
      if (!reflection.hasComment() && (insideZodSchema(reflection) || declaredInSchemas(context.project, reflection))) {
        reflection.comment = new Comment([{ kind: 'text', text: NOTE }]);
      }
    }
  });
}
