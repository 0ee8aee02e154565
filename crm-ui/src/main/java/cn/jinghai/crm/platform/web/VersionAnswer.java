package cn.jinghai.crm.platform.web;

/** The answer to a POST that changed an existing resource (API.md): its id and new version. */
public record VersionAnswer(String id, long version) {
}
