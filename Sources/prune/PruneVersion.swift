/// The version `prune --version` prints: the one source of truth. `Scripts/release` reads it
/// from this file to name the tarball (`prune-VERSION-linux-ARCH.tar.gz`) and checks that the
/// built binary prints it. Bump it here, in its own commit, before tagging `vVERSION`.
let pruneVersion = "0.1.0"
