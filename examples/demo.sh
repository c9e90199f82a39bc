#!/usr/bin/env bash
# A five-minute tour on a fresh, throw-away database: build crmctl, create the
# organisation and its admin, add people, list and check them.
# Usage: examples/demo.sh            (keeps nothing; prints what a sysadmin sees)
#        CRMCTL=/usr/local/bin/crmctl examples/demo.sh   (an installed crmctl)
# Without CRMCTL it builds this checkout (honouring CARGO_TARGET_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CRMCTL:-}" ]; then
  cargo build --quiet --bin crmctl
  CRMCTL="${CARGO_TARGET_DIR:-$PWD/target}/debug/crmctl"
fi
CRMCTL=$(cd "$(dirname "$CRMCTL")" && pwd)/$(basename "$CRMCTL")
[ "$(basename "$CRMCTL")" = crmctl ] || { echo "CRMCTL must name a file called crmctl" >&2; exit 2; }
export PATH="$(dirname "$CRMCTL"):$PATH"

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
export CRMCTL_DB="$workdir/crm.db"

set -x
crmctl init --org 'Example Trading Ltd' --seat-limit 50 \
  --admin root --name 'Root Admin' --email root@example.com --random-password
crmctl user add zhangsan --name 张三 --email zhangsan@example.com --phone 13812345678 \
  --employee-id E0007 --department 销售部/华东区 --title 销售代表 --manager root --role sales-rep --invite
printf '%s\n' 'plum tulip orbit 42' | crmctl user add lisi --name 李四 --email lisi@example.com \
  --department 销售部 --role sales-manager --password-stdin
crmctl user add wangwu --name 王五 --email wangwu@example.com --department 财务部 --random-password --format json
crmctl user list
crmctl user list --department 销售部 --format csv
printf '%s\n' 'plum tulip orbit 42' | crmctl auth verify lisi --password-stdin --format json
crmctl role assign lisi dept-admin --department 销售部
crmctl user can lisi users.manage --department 销售部/华东区
crmctl token create lisi --description 'sales onboarding' > "$workdir/lisi.token"
crmctl --token-file "$workdir/lisi.token" user add newhire --name 新人 --email newhire@example.com \
  --department 销售部/华东区 --invite
crmctl user disable zhangsan --reason 'left 2026-11-30' --transfer-to lisi
crmctl audit list --limit 5
crmctl audit verify
