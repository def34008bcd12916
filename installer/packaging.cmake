# Packages: a .deb here; Windows and macOS installers are configured in issue-specific work.
set(CPACK_PACKAGE_NAME "blocklist-doctor")
set(CPACK_PACKAGE_VENDOR "Blocklist Doctor")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "TGZ")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Blocklist Doctor developers")
include(CPack)
