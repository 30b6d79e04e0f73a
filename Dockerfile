# The prune container: built with the official Swift image, run on debian:bookworm-slim with
# exactly what Scripts/chroot-test installs on a minimal Debian (libyaml-0-2, ca-certificates),
# as a non-root user. The binaries are the release build (--static-swift-stdlib): no Swift
# runtime in the image.
#   docker build -t prune:0.1.0 .
#   docker run --rm -v "$PWD:/work" -w /work prune:0.1.0 plan examples/nightly-cleanup.yaml --inventory examples/inventory.json
# The runtime stage is proven by Scripts/chroot-test (no container engine runs in this
# project's CI); this file itself is not built there.

FROM swift:6.3.1-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libyaml-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first: a change to the sources does not refetch them (Package.resolved, when
# the context has one, pins them).
COPY Package.* ./
RUN swift package resolve
# SwiftPM wants every target's directory, the test targets' too.
COPY Sources Sources
COPY Tests Tests
RUN swift build -c release --static-swift-stdlib --product prune \
    && swift build -c release --static-swift-stdlib --product codeartifact-emulator \
    && mkdir /out \
    && cp "$(swift build -c release --static-swift-stdlib --show-bin-path)/prune" \
          "$(swift build -c release --static-swift-stdlib --show-bin-path)/codeartifact-emulator" /out/ \
    && strip /out/prune /out/codeartifact-emulator

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libyaml-0-2 ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /work --create-home prune
COPY --from=build /out/prune /out/codeartifact-emulator /usr/local/bin/
USER 10001
WORKDIR /work
ENTRYPOINT ["prune"]
CMD ["--help"]
