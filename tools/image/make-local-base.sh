#!/usr/bin/env bash
# Makes a container base image from this machine's own Node.js, for building the Dockerfile with
# buildah where no registry serves node images. It holds node, npm, a shell, /usr/bin/env, CA
# certificates, the few coreutils a Dockerfile RUN step uses (rm, mkdir, chown, ls) and a non-root
# user "node" (uid 1000) like the official node images.
# Usage: tools/image/make-local-base.sh [--force]   (prints the image name)
set -euo pipefail

# Named for the Node inside it (.ci/run may put another Node first on PATH than a developer has) and
# for this recipe's revision (bump it when the contents change, so no stale base is reused).
recipe=2
image=${BASE_IMAGE:-localhost/aws-monitor-node-base:$(node --version)-r$recipe}
buildah=(buildah --storage-driver vfs)

if [ "${1:-}" != "--force" ] && "${buildah[@]}" inspect --type image "$image" >/dev/null 2>&1; then
  echo "$image"
  exit 0
fi

node=$(readlink -f "$(command -v node)")
# npm where it is installed, which need not be beside this Node (.ci/run may bring a Node alone).
npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

mkdir -p "$root"/{bin,usr/bin,usr/local/bin,usr/local/lib/node_modules,etc/ssl/certs,tmp,root,home/node}
cp "$node" "$root/usr/local/bin/node"
cp -a "$npm_dir" "$root/usr/local/lib/node_modules/npm"
cp "$(readlink -f /bin/sh)" "$root/bin/sh"
utilities=(/usr/bin/env /bin/rm /bin/mkdir /bin/chown /bin/ls)
for utility in "${utilities[@]}"; do cp "$(readlink -f "$utility")" "$root/usr/bin/$(basename "$utility")"; done
# Shared libraries (and the dynamic loader) of everything copied above.
for binary in "$node" /bin/sh "${utilities[@]}"; do
  ldd "$(readlink -f "$binary")" | awk '/=> \// { print $3 } /^[ \t]*\/[^ ]*ld-linux/ { print $1 }'
done | sort -u | while read -r lib; do
  cp --parents -L "$lib" "$root"
done

cat > "$root/usr/local/bin/npm" <<'NPM'
#!/bin/sh
exec /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/npm-cli.js "$@"
NPM
cat > "$root/usr/local/bin/npx" <<'NPX'
#!/bin/sh
exec /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/npx-cli.js "$@"
NPX
chmod 755 "$root/usr/local/bin/npm" "$root/usr/local/bin/npx"
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
# The same registry as this machine's npm (CI may point it at a mirror).
printf 'registry=%s\ncafile=/etc/ssl/certs/ca-certificates.crt\nfund=false\naudit=false\nupdate-notifier=false\n' \
  "$(npm config get registry 2>/dev/null)" > "$root/usr/local/etc-npmrc"
mkdir -p "$root/usr/local/etc" && mv "$root/usr/local/etc-npmrc" "$root/usr/local/etc/npmrc"
printf 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000:node:/home/node:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\nnode:x:1000:\n' > "$root/etc/group"
chmod 1777 "$root/tmp"
chown 1000:1000 "$root/home/node"

container=$("${buildah[@]}" from scratch)
"${buildah[@]}" copy --quiet "$container" "$root/" / >/dev/null
"${buildah[@]}" config --env PATH=/usr/local/bin:/usr/bin:/bin --env NPM_CONFIG_GLOBALCONFIG=/usr/local/etc/npmrc --user root --workingdir / "$container"
"${buildah[@]}" commit --quiet "$container" "$image" >/dev/null
"${buildah[@]}" rm "$container" >/dev/null
echo "$image"
