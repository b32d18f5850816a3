package se.regionrum.platform;

/** Implemented by every authenticated principal (local account or OIDC), so that permission checks are the same. */
public interface RegionrumPrincipal {

	CurrentUser currentUser();

}
