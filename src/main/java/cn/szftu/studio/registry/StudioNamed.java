package cn.szftu.studio.registry;

/**
 * Published in the naming transaction when a studio enters the registry, so that the processes of a named studio's
 * life (annual reports, periodic re-assessment) can start for it without the registry knowing about them.
 */
public record StudioNamed(long studioId, String namingNumber) {
}
