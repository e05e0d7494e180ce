# Finds a JDK of at least a given major version, for ./mvnw, ./v2x and .ci/run (POSIX sh, sourced).
# Usage: v2x_find_jdk 21  -> prints the JDK's home, or explains on stderr what to install and returns 1.
# JAVA_HOME wins when it is new enough, then the default java, then the newest JDK in the usual folders.

v2x_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

v2x_find_jdk() {
    v2x_min=$1
    v2x_default=""
    if command -v java >/dev/null 2>&1; then
        v2x_default=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    fi
    # the caller may run with globbing off (mvnw does: set -f)
    case $- in *f*) v2x_noglob=1; set +f ;; *) v2x_noglob="" ;; esac
    v2x_found=""
    for v2x_home in "${JAVA_HOME:-}" "$v2x_default" \
        $(ls -d /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* \
            2>/dev/null | sort -V -r); do
        [ -n "$v2x_home" ] && [ -x "$v2x_home/bin/java" ] || continue
        v2x_major=$(v2x_java_major "$v2x_home")
        if [ -n "$v2x_major" ] && [ "$v2x_major" -ge "$v2x_min" ]; then
            v2x_found=$v2x_home
            break
        fi
    done
    [ -z "$v2x_noglob" ] || set -f
    if [ -z "$v2x_found" ]; then
        echo "openHAB V2X needs a JDK $v2x_min or newer and found none (JAVA_HOME, the default java, /usr/lib/jvm):" \
            "install one, e.g. Temurin $v2x_min, or point JAVA_HOME at it." >&2
        return 1
    fi
    printf '%s\n' "$v2x_found"
}
