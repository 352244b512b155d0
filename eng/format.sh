#!/usr/bin/env bash
# Applies every formatter of Hfi, in the order in which their results agree; ./test.sh checks that nothing is left.
#  1. CSharpier lays out the C# (.csharpierrc.json: 120 columns; .csharpierignore: not Migrations/).
#  2. dotnet format applies the .editorconfig rules CSharpier does not know (naming, var, braces, usings). Its fixes
#     can leave more to fix (braces on an `if` whose `else` just got them), so it runs until a pass changes nothing.
#  3. CSharpier again, so the layout of what dotnet format added is CSharpier's too.
#  4. Prettier lays out the web UI's scripts and styles (.prettierrc.json).
set -euo pipefail
cd "$(dirname "$0")/.."
eng/install-prerequisites.sh

sources() {
  find . -name '*.cs' -not -path './.git/*' -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/Migrations/*' \
    -print0 | sort -z | xargs -0 md5sum | md5sum
}

dotnet csharpier format . --log-level Warning
dotnet restore Hfi.Aspire.sln -nologo -v quiet >/dev/null
for pass in 1 2 3 4; do
  before=$(sources)
  dotnet format Hfi.Aspire.sln --severity warn --no-restore
  [ "$(sources)" != "$before" ] || break
  [ "$pass" -lt 4 ] || { echo "error: dotnet format still changes files after $pass passes" >&2; exit 1; }
done
dotnet csharpier format . --log-level Warning
eng/web/node_modules/.bin/prettier --write --log-level warn 'Gateway/wwwroot/**/*.{js,css}'
