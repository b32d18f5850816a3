/**
 * Development initiatives, obstacles, funding lines, practice cases, pilot projects and large establishments.
 * <p>
 * Not built yet: the package holds the module's place in the structure.
 */
@org.springframework.modulith.ApplicationModule
package se.regionrum.initiatives;
