package cn.jinghai.crm.ambassador.api;

/** Whether a user is an appointed ambassador (a user of role AMBASSADOR). */
public interface AmbassadorDirectory {

    boolean isAmbassador(String username);
}
