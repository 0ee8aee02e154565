/**
 * The dialogs that collect what a lead command needs (register, edit, move stage, record activity,
 * report tranche, reassign). They never call services: each fires a save event with the values, and
 * the view sends the command and hands any refusal of the domain back to the dialog's field.
 */
package cn.jinghai.crm.lead.ui.forms;
